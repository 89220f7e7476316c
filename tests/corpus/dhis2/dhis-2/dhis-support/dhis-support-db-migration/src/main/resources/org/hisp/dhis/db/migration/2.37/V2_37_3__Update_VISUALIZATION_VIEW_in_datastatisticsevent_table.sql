-- DHIS2-10642
update datastatisticsevent set eventtype='VISUALIZATION_VIEW' where eventtype='CHART_VIEW';