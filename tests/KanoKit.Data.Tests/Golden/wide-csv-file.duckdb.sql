WITH "kanokit_pairs" AS (
    SELECT "feature", "region",
        CASE
            WHEN "functional" IS NULL THEN NULL
            WHEN LOWER(TRIM(CAST("functional" AS VARCHAR))) IN ('5', 'i like it', 'like it') THEN '1'
            WHEN LOWER(TRIM(CAST("functional" AS VARCHAR))) IN ('4', 'i expect it', 'expect it') THEN '2'
            WHEN LOWER(TRIM(CAST("functional" AS VARCHAR))) IN ('3', 'i am neutral', 'am neutral') THEN '3'
            WHEN LOWER(TRIM(CAST("functional" AS VARCHAR))) IN ('2', 'i can live with it', 'can live with it') THEN '4'
            WHEN LOWER(TRIM(CAST("functional" AS VARCHAR))) IN ('1', 'i dislike it', 'dislike it') THEN '5'
            WHEN TRIM(CAST("functional" AS VARCHAR)) = '' THEN NULL
            ELSE '?' || CAST("functional" AS VARCHAR)
        END AS "functional",
        CASE
            WHEN "dysfunctional" IS NULL THEN NULL
            WHEN LOWER(TRIM(CAST("dysfunctional" AS VARCHAR))) IN ('5', 'i like it', 'like it') THEN '1'
            WHEN LOWER(TRIM(CAST("dysfunctional" AS VARCHAR))) IN ('4', 'i expect it', 'expect it') THEN '2'
            WHEN LOWER(TRIM(CAST("dysfunctional" AS VARCHAR))) IN ('3', 'i am neutral', 'am neutral') THEN '3'
            WHEN LOWER(TRIM(CAST("dysfunctional" AS VARCHAR))) IN ('2', 'i can live with it', 'can live with it') THEN '4'
            WHEN LOWER(TRIM(CAST("dysfunctional" AS VARCHAR))) IN ('1', 'i dislike it', 'dislike it') THEN '5'
            WHEN TRIM(CAST("dysfunctional" AS VARCHAR)) = '' THEN NULL
            ELSE '?' || CAST("dysfunctional" AS VARCHAR)
        END AS "dysfunctional"
    FROM (SELECT "region", "wifi_functional", "wifi_dysfunctional", "o'clock_functional", "price""tag_dysfunctional" FROM read_csv('/data/kano answers.csv', header = true, all_varchar = true)) UNPIVOT INCLUDE NULLS (
        ("functional", "dysfunctional") FOR "feature" IN (
            ("wifi_functional", "wifi_dysfunctional") AS "wifi",
            ("o'clock_functional", "price""tag_dysfunctional") AS "o'clock")
    )
)
SELECT "feature", "region", "functional", "dysfunctional", COUNT(*) AS "count"
FROM "kanokit_pairs"
GROUP BY "feature", "region", "functional", "dysfunctional"
UNION ALL
SELECT NULL, "region", NULL, NULL, COUNT(*)
FROM read_csv('/data/kano answers.csv', header = true, all_varchar = true)
GROUP BY "region"
