-- read-only members
alter type member_role add value if not exists 'viewer' after 'member';
