-- Queries of DHIS2 (https://github.com/dhis2/dhis2-core @ 3f8c14a0), raw SQL of its JDBC stores
-- (Spring named parameters :id sent as $n). Paths under dhis-2/.

-- dhis-services/dhis-service-core/.../datavalue/DataValueDeletionHandler.java:57
select 1 from datavalue where dataelementid=$1 limit 1;

-- dhis-services/dhis-service-core/.../datavalue/DataValueDeletionHandler.java:69
select 1 from datavalue where categoryoptioncomboid=$1 or attributeoptioncomboid=$1 limit 1;

-- dhis-tracker/.../tracker/model/TrackedEntityDeletionHandler.java:51
select 1 from trackedentity where organisationunitid = $1 limit 1;

-- dhis-services/dhis-service-administration/.../maintenance/jdbc/JdbcMaintenanceStore.java:306
select uid from trackedentity where deleted is true;

-- dhis-services/dhis-service-core/.../user/hibernate/HibernateUserStore.java:545
select concat(firstname, ' ', surname) from userinfo where uid =$1;

-- dhis-services/dhis-service-core/.../organisationunit/hibernate/HibernateOrganisationUnitStore.java:183
-- getOrganisationUnitHierarchyMemberCount (HQL, as Hibernate renders it for collectionName "dataSets")
select count(*) from organisationunit o
where o.path like $1
  and $2 in (select ds.datasetid from datasetsource ds where ds.sourceid = o.organisationunitid);
