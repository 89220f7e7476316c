delete from jobconfiguration
where jobtype = 'TRACKER_SEARCH_OPTIMIZATION';