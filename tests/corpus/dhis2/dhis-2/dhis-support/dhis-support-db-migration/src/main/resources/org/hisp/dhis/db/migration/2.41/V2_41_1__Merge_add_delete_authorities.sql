delete from userroleauthorities where authority = 'F_DATAVALUE_DELETE';
delete from userroleauthorities where authority = 'F_MINMAX_DATAELEMENT_DELETE';