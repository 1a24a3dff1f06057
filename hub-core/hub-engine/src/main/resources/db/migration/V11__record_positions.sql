-- A record's place in its document is unique: a document stored in parts can be resumed after a crash, and two
-- runs over one document (two replicas) cannot both store the same part.
create unique index records_document_position on records (document_id, position);
