alter table only auth.refresh_tokens
  drop constraint refresh_tokens_parent_fkey;
