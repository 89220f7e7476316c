-- Queries of Danbooru (https://github.com/danbooru/danbooru @ 06587d1f): ActiveRecord scopes
-- transcribed as the SQL Rails sends (bind parameters as $n).

-- app/models/post.rb:1718 Post.tag_match_sql / where_array_includes_all (one tag), post index order (Arel `contains`: a text[] literal; an earlier transcription cast it to varchar[], which PostgreSQL refuses)
SELECT posts.* FROM posts
WHERE string_to_array(posts.tag_string, ' ') @> ARRAY[$1]::text[]
ORDER BY posts.id DESC LIMIT 20;

-- app/models/tag.rb:352 Tag.wildcard_matches: nonempty.name_matches(tag).order(post_count: :desc, name: :asc)
SELECT tags.* FROM tags
WHERE tags.post_count > 0 AND tags.name LIKE $1 ESCAPE E'\\'
ORDER BY tags.post_count DESC, tags.name ASC LIMIT 20;

-- app/models/tag.rb:334 Tag.fuzzy_name_matches (pg_trgm `%` and fuzzystrmatch levenshtein)
SELECT tags.* FROM tags
WHERE (tags.name % $1) AND (levenshtein(left(name, 255), $1) < $2)
LIMIT 20;

-- app/controllers/comments_controller.rb index_by_post: a post's visible comments
SELECT comments.* FROM comments
WHERE comments.post_id = $1 AND comments.is_deleted = false
ORDER BY comments.id ASC;

-- app/models/comment.rb search(body_matches:) — the GIN index on to_tsvector('english', body)
SELECT comments.* FROM comments
WHERE to_tsvector('english', comments.body) @@ plainto_tsquery('english', $1)
ORDER BY comments.id DESC LIMIT 20;

-- app/controllers/forum_topics_controller.rb show: a topic's posts, paginated
SELECT forum_posts.* FROM forum_posts
WHERE forum_posts.topic_id = $1
ORDER BY forum_posts.id ASC LIMIT 20 OFFSET $2;

-- app/models/favorite.rb: a user's favorites, newest first
SELECT favorites.* FROM favorites
WHERE favorites.user_id = $1
ORDER BY favorites.id DESC LIMIT 20;
