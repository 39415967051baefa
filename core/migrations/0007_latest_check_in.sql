-- Today's "you last connected …" reads the newest check-in of all. Ordered as that query
-- orders (time, then id), it is one step down this index instead of a sort of every
-- check-in; time ranges (Insight's connected days) read it as well as the index it replaces.
CREATE INDEX check_in_latest ON check_in (happened_at DESC, id DESC);
DROP INDEX check_in_by_time;
