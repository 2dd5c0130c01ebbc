-- Full-text search over segment text (FTS5, external content = segments); triggers keep it in sync.
CREATE VIRTUAL TABLE `segments_fts` USING fts5(`text`, content='segments', content_rowid='rowid', tokenize='porter unicode61');
--> statement-breakpoint
CREATE TRIGGER `segments_fts_ai` AFTER INSERT ON `segments` BEGIN
  INSERT INTO `segments_fts`(rowid, `text`) VALUES (new.rowid, new.`text`);
END;
--> statement-breakpoint
CREATE TRIGGER `segments_fts_ad` AFTER DELETE ON `segments` BEGIN
  INSERT INTO `segments_fts`(`segments_fts`, rowid, `text`) VALUES ('delete', old.rowid, old.`text`);
END;
--> statement-breakpoint
CREATE TRIGGER `segments_fts_au` AFTER UPDATE OF `text` ON `segments` BEGIN
  INSERT INTO `segments_fts`(`segments_fts`, rowid, `text`) VALUES ('delete', old.rowid, old.`text`);
  INSERT INTO `segments_fts`(rowid, `text`) VALUES (new.rowid, new.`text`);
END;
