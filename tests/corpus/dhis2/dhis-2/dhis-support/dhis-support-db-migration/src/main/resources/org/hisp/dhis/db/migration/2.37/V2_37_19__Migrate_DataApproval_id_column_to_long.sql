alter table dataapproval alter column dataapprovalid type bigint;
alter table dataapprovalaudit alter column dataapprovalauditid type bigint;
