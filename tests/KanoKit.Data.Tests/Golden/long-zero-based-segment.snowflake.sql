WITH "kanokit_pairs" AS (
    SELECT
        COALESCE(CAST("feature" AS VARCHAR), '') AS "feature",
        "region",
        CASE
            WHEN "functional" IS NULL THEN NULL
            WHEN LOWER(TRIM(CAST("functional" AS VARCHAR))) IN ('0', 'i like it', 'like it') THEN '1'
            WHEN LOWER(TRIM(CAST("functional" AS VARCHAR))) IN ('1', 'i expect it', 'expect it') THEN '2'
            WHEN LOWER(TRIM(CAST("functional" AS VARCHAR))) IN ('2', 'i am neutral', 'am neutral') THEN '3'
            WHEN LOWER(TRIM(CAST("functional" AS VARCHAR))) IN ('3', 'i can live with it', 'can live with it') THEN '4'
            WHEN LOWER(TRIM(CAST("functional" AS VARCHAR))) IN ('4', 'i dislike it', 'dislike it') THEN '5'
            WHEN TRIM(CAST("functional" AS VARCHAR)) = '' THEN NULL
            ELSE '?' || CAST("functional" AS VARCHAR)
        END AS "functional",
        CASE
            WHEN "dysfunctional" IS NULL THEN NULL
            WHEN LOWER(TRIM(CAST("dysfunctional" AS VARCHAR))) IN ('0', 'i like it', 'like it') THEN '1'
            WHEN LOWER(TRIM(CAST("dysfunctional" AS VARCHAR))) IN ('1', 'i expect it', 'expect it') THEN '2'
            WHEN LOWER(TRIM(CAST("dysfunctional" AS VARCHAR))) IN ('2', 'i am neutral', 'am neutral') THEN '3'
            WHEN LOWER(TRIM(CAST("dysfunctional" AS VARCHAR))) IN ('3', 'i can live with it', 'can live with it') THEN '4'
            WHEN LOWER(TRIM(CAST("dysfunctional" AS VARCHAR))) IN ('4', 'i dislike it', 'dislike it') THEN '5'
            WHEN TRIM(CAST("dysfunctional" AS VARCHAR)) = '' THEN NULL
            ELSE '?' || CAST("dysfunctional" AS VARCHAR)
        END AS "dysfunctional"
    FROM "kano answers"
)
SELECT "feature", "region", "functional", "dysfunctional", COUNT(*) AS "count"
FROM "kanokit_pairs"
GROUP BY "feature", "region", "functional", "dysfunctional"
UNION ALL
SELECT NULL, "region", NULL, NULL, COUNT(DISTINCT "respondent")
FROM "kano answers"
GROUP BY "region"
