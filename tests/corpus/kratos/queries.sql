-- Queries of Ory Kratos (https://github.com/ory/kratos @ b86338da), raw SQL and pop queries of
-- persistence/sql/identity/persister_identity.go (pop `?` placeholders sent as $n by pgx).

-- persister_identity.go:189 (find an identity by a credential identifier, any type)
SELECT ic.identity_id, ici.identifier
FROM identity_credentials ic
INNER JOIN identity_credential_identifiers ici
ON ic.id = ici.identity_credential_id
WHERE ici.identifier IN ($1,$2)
AND ic.nid = $3
AND ici.nid = $4
LIMIT $5;

-- persister_identity.go:265 (the same for one credential type: password login)
SELECT
  ic.identity_id, ici.identifier
FROM identity_credentials ic
    INNER JOIN identity_credential_identifiers ici
    ON ic.id = ici.identity_credential_id AND ici.identity_credential_type_id = $1
WHERE ici.identifier IN ($2, $3)
AND ic.nid = $4
AND ici.nid = $5
LIMIT $6;

-- persister_identity.go:103 (admin list of identities, pop Paginate)
SELECT identities.* FROM identities AS identities
WHERE nid = $1 ORDER BY id DESC LIMIT 250 OFFSET 0;

-- persister_identity.go:1299 (verifiable addresses of a page of identities)
SELECT * FROM identity_verifiable_addresses
WHERE identity_id IN ($1, $2, $3) AND nid = $4 ORDER BY id;

-- persister_identity.go:756 (identity count)
SELECT COUNT(*) AS row_count FROM (SELECT 1 FROM identities AS identities WHERE nid = $1) a;
