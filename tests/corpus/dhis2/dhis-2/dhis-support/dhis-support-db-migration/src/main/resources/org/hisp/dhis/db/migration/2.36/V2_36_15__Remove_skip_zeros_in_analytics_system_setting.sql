
delete from systemsetting where name = 'keySkipZeroValuesInAnalyticsTableExport';
