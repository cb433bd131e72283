namespace Lantern.Store.Internal;

/// <summary>
/// The schema, as ordered migrations per dialect: entry i brings a database from version i to i+1. Both lists
/// describe the same tables; only types, identity columns and full-text search differ. Never edit a shipped
/// migration: add the next one to both lists.
/// </summary>
internal static class Migrations
{
    public static IReadOnlyList<string> Sqlite { get; } =
    [
        """
        CREATE TABLE sources (
            domain TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            country TEXT,
            language TEXT,
            orientation TEXT,
            tags TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            external_id TEXT NOT NULL,
            source TEXT,
            url TEXT,
            title TEXT,
            published TEXT,
            month TEXT,
            week TEXT,
            language TEXT,
            author TEXT,
            format TEXT NOT NULL,
            text TEXT NOT NULL,
            title_start INTEGER,
            title_length INTEGER,
            body_start INTEGER,
            body_length INTEGER,
            words INTEGER NOT NULL,
            content_hash TEXT NOT NULL UNIQUE,
            analysis_id INTEGER,
            added TEXT NOT NULL
        );
        CREATE INDEX articles_source ON articles (source);
        CREATE INDEX articles_published ON articles (published);
        CREATE TABLE analyses (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles (id),
            model TEXT NOT NULL,
            genre TEXT NOT NULL,
            genre_score REAL NOT NULL,
            language TEXT NOT NULL,
            created TEXT NOT NULL,
            UNIQUE (article_id, model)
        );
        CREATE INDEX analyses_genre ON analyses (genre);
        CREATE TABLE frames (
            analysis_id INTEGER NOT NULL REFERENCES analyses (id),
            frame TEXT NOT NULL,
            score REAL NOT NULL,
            PRIMARY KEY (analysis_id, frame)
        );
        CREATE INDEX frames_frame ON frames (frame);
        CREATE TABLE paragraph_labels (
            analysis_id INTEGER NOT NULL REFERENCES analyses (id),
            paragraph INTEGER NOT NULL,
            line INTEGER NOT NULL,
            start INTEGER NOT NULL,
            length INTEGER NOT NULL,
            technique TEXT NOT NULL,
            score REAL NOT NULL,
            PRIMARY KEY (analysis_id, paragraph, technique)
        );
        CREATE TABLE spans (
            id INTEGER PRIMARY KEY,
            analysis_id INTEGER NOT NULL REFERENCES analyses (id),
            technique TEXT NOT NULL,
            start INTEGER NOT NULL,
            length INTEGER NOT NULL,
            score REAL NOT NULL,
            text TEXT NOT NULL
        );
        CREATE INDEX spans_analysis ON spans (analysis_id, technique);
        CREATE INDEX spans_technique ON spans (technique, score);
        CREATE TABLE queue (
            article_id INTEGER PRIMARY KEY REFERENCES articles (id),
            enqueued TEXT NOT NULL,
            lease_until INTEGER,
            worker TEXT,
            attempts INTEGER NOT NULL DEFAULT 0
        );
        CREATE VIRTUAL TABLE articles_fts USING fts5 (
            title, text, content = 'articles', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
        );
        """,

        // 2: one vector per span and per paragraph label (mean-pooled encoder states, int8 with a per-vector scale:
        // see VectorCodec), for the nearest similar passages of an explained finding.
        """
        CREATE TABLE embeddings (
            analysis_id INTEGER NOT NULL REFERENCES analyses (id),
            kind TEXT NOT NULL,
            technique TEXT NOT NULL,
            start INTEGER NOT NULL,
            length INTEGER NOT NULL,
            vector BLOB NOT NULL
        );
        CREATE INDEX embeddings_technique ON embeddings (technique, kind, analysis_id);
        """,

        // 3: whose words each span is (author, quoted, reported; NULL for spans stored before: unknown) and the
        // article's call-to-action flag (none, civic, hostile, violent; NULL: unknown) with the number of calls the
        // author makes, so statistics can count the author's own techniques apart from quoted ones.
        """
        ALTER TABLE spans ADD COLUMN voice TEXT;
        ALTER TABLE analyses ADD COLUMN action_flag TEXT;
        ALTER TABLE analyses ADD COLUMN author_calls INTEGER;
        CREATE INDEX spans_voice ON spans (analysis_id, voice);
        """,

        // 4: the statistics roll-up (see StatsCells), back-filled from the current analysis of every stored article.
        StatsCells.CreateSql("INTEGER", " WITHOUT ROWID") + StatsCells.BackfillSql,

        // 5: PostgreSQL moves its search vectors out of the articles (see there); SQLite's FTS5 index already lives
        // apart from them, so this version changes nothing here and only keeps both dialects' versions in step.
        "SELECT 1;",

        // 6: the score-step roll-up (see StatsCells), so stats with --min-confidence on the 0.05 grid read cells too.
        StatsCells.CreateScoreSql("INTEGER", " WITHOUT ROWID") + StatsCells.ScoreBackfillSql,
        // 7: the frame cells by week, the score steps at 0.01 and the score steps by week (see StatsCells): --by week
        // --frame, thresholds on the 0.01 grid and --by week with a threshold read cells too.
        StatsCells.CreateWeekAndFineSql("INTEGER", " WITHOUT ROWID") + StatsCells.WeekAndFineBackfillSql,
        // 8: the frame-pair cells and the frame score steps (see StatsCells), so --by frame --frame and --by frame with
        // a threshold read cells too.
        StatsCells.CreateFramePairAndScoreSql("INTEGER", " WITHOUT ROWID") + StatsCells.FrameBackfillSql
        // The articles' statistics columns by analysis, for the band (see SqlCorpusStore.StatsArticles); the spans'
        // two indexes carry score and voice, so the band reads its spans and checks for a higher one from the indexes
        // alone, without the span rows and their text (9,000 band spans at 100k: 137–158 → 72–115 ms, sqlite3 shell).
        + """
        CREATE INDEX articles_stats ON articles (analysis_id, source, month, week, language, published, words);
        DROP INDEX spans_technique;
        CREATE INDEX spans_technique ON spans (technique, score, analysis_id, voice);
        DROP INDEX spans_analysis;
        CREATE INDEX spans_analysis ON spans (analysis_id, technique, score, voice);
        """,
        // 9: the fine score steps by week and by frame (see StatsCells), so --by week and --by frame with a threshold
        // off the 0.05 grid read cells too.
        StatsCells.CreateFineWeekAndFrameSql("INTEGER", " WITHOUT ROWID") + StatsCells.FineWeekAndFrameBackfillSql,
        // 10: the frame score steps by source, language and genre (see StatsCells), so --by frame with a threshold and
        // --source, --lang or --genre reads cells too.
        StatsCells.CreateFrameScoreKeysSql("INTEGER", " WITHOUT ROWID") + StatsCells.FrameScoreKeysBackfillSql,
    ];

    public static IReadOnlyList<string> Postgres { get; } =
    [
        """
        CREATE TABLE sources (
            domain TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            country TEXT,
            language TEXT,
            orientation TEXT,
            tags TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE articles (
            id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            external_id TEXT NOT NULL,
            source TEXT,
            url TEXT,
            title TEXT,
            published TIMESTAMPTZ,
            month TEXT,
            week TEXT,
            language TEXT,
            author TEXT,
            format TEXT NOT NULL,
            text TEXT NOT NULL,
            title_start INTEGER,
            title_length INTEGER,
            body_start INTEGER,
            body_length INTEGER,
            words INTEGER NOT NULL,
            content_hash TEXT NOT NULL UNIQUE,
            analysis_id BIGINT,
            added TIMESTAMPTZ NOT NULL,
            tsv TSVECTOR GENERATED ALWAYS AS (to_tsvector('simple', coalesce(title, '') || ' ' || text)) STORED
        );
        CREATE INDEX articles_source ON articles (source);
        CREATE INDEX articles_published ON articles (published);
        CREATE INDEX articles_tsv ON articles USING GIN (tsv);
        CREATE TABLE analyses (
            id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            article_id BIGINT NOT NULL REFERENCES articles (id),
            model TEXT NOT NULL,
            genre TEXT NOT NULL,
            genre_score DOUBLE PRECISION NOT NULL,
            language TEXT NOT NULL,
            created TIMESTAMPTZ NOT NULL,
            UNIQUE (article_id, model)
        );
        CREATE INDEX analyses_genre ON analyses (genre);
        CREATE TABLE frames (
            analysis_id BIGINT NOT NULL REFERENCES analyses (id),
            frame TEXT NOT NULL,
            score DOUBLE PRECISION NOT NULL,
            PRIMARY KEY (analysis_id, frame)
        );
        CREATE INDEX frames_frame ON frames (frame);
        CREATE TABLE paragraph_labels (
            analysis_id BIGINT NOT NULL REFERENCES analyses (id),
            paragraph INTEGER NOT NULL,
            line INTEGER NOT NULL,
            start INTEGER NOT NULL,
            length INTEGER NOT NULL,
            technique TEXT NOT NULL,
            score DOUBLE PRECISION NOT NULL,
            PRIMARY KEY (analysis_id, paragraph, technique)
        );
        CREATE TABLE spans (
            id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            analysis_id BIGINT NOT NULL REFERENCES analyses (id),
            technique TEXT NOT NULL,
            start INTEGER NOT NULL,
            length INTEGER NOT NULL,
            score DOUBLE PRECISION NOT NULL,
            text TEXT NOT NULL
        );
        CREATE INDEX spans_analysis ON spans (analysis_id, technique);
        CREATE INDEX spans_technique ON spans (technique, score);
        CREATE TABLE queue (
            article_id BIGINT PRIMARY KEY REFERENCES articles (id),
            enqueued TIMESTAMPTZ NOT NULL,
            lease_until BIGINT,
            worker TEXT,
            attempts INTEGER NOT NULL DEFAULT 0
        );
        """,
        """
        CREATE TABLE embeddings (
            analysis_id BIGINT NOT NULL REFERENCES analyses (id),
            kind TEXT NOT NULL,
            technique TEXT NOT NULL,
            start INTEGER NOT NULL,
            length INTEGER NOT NULL,
            vector BYTEA NOT NULL
        );
        CREATE INDEX embeddings_technique ON embeddings (technique, kind, analysis_id);
        """,
        """
        ALTER TABLE spans ADD COLUMN voice TEXT;
        ALTER TABLE analyses ADD COLUMN action_flag TEXT;
        ALTER TABLE analyses ADD COLUMN author_calls INTEGER;
        CREATE INDEX spans_voice ON spans (analysis_id, voice);
        """,
        StatsCells.CreateSql("BIGINT") + StatsCells.BackfillSql,

        // 5: the search vectors move from a generated column of articles to a narrow table kept in line with its
        // rows (toast_tuple_target and STORAGE MAIN: compressed, not out of line). Ranking reads a vector per match;
        // out of line, each read was a TOAST index lookup and several pages (a common word at 100k articles: 8 pages
        // per row, 0.75 s), in line it is one sequential scan (0.14 s). A trigger indexes every new or edited article.
        """
        CREATE TABLE article_search (
            id BIGINT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
            tsv TSVECTOR NOT NULL
        ) WITH (toast_tuple_target = 8160);
        ALTER TABLE article_search ALTER COLUMN tsv SET STORAGE MAIN;
        INSERT INTO article_search (id, tsv) SELECT id, tsv FROM articles;
        CREATE INDEX article_search_tsv ON article_search USING GIN (tsv);
        ALTER TABLE articles DROP COLUMN tsv;
        CREATE FUNCTION lantern_index_article() RETURNS trigger LANGUAGE plpgsql AS $fn$
        BEGIN
            INSERT INTO article_search (id, tsv) VALUES (NEW.id, to_tsvector('simple', coalesce(NEW.title, '') || ' ' || NEW.text))
            ON CONFLICT (id) DO UPDATE SET tsv = EXCLUDED.tsv;
            RETURN NULL;
        END
        $fn$;
        CREATE TRIGGER articles_search AFTER INSERT OR UPDATE OF title, text ON articles
            FOR EACH ROW EXECUTE FUNCTION lantern_index_article();
        """,

        // 6: the score-step roll-up (see StatsCells).
        StatsCells.CreateScoreSql("BIGINT") + StatsCells.ScoreBackfillSql,
        // 7: the frame cells by week, the fine score steps and the score steps by week (see StatsCells).
        StatsCells.CreateWeekAndFineSql("BIGINT") + StatsCells.WeekAndFineBackfillSql,
        // 8: the frame-pair cells and the frame score steps (see StatsCells).
        StatsCells.CreateFramePairAndScoreSql("BIGINT") + StatsCells.FrameBackfillSql
        + """
        CREATE INDEX articles_stats ON articles (analysis_id) INCLUDE (id, source, month, week, language, published, words);
        DROP INDEX spans_technique;
        CREATE INDEX spans_technique ON spans (technique, score) INCLUDE (analysis_id, voice);
        DROP INDEX spans_analysis;
        CREATE INDEX spans_analysis ON spans (analysis_id, technique) INCLUDE (score, voice);
        """,
        // 9: the fine score steps by week and by frame (see StatsCells).
        StatsCells.CreateFineWeekAndFrameSql("BIGINT") + StatsCells.FineWeekAndFrameBackfillSql,
        // 10: the frame score steps by source, language and genre (see StatsCells).
        StatsCells.CreateFrameScoreKeysSql("BIGINT") + StatsCells.FrameScoreKeysBackfillSql,
    ];
}
