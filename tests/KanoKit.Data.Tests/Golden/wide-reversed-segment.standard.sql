WITH "kanokit_pairs" AS (
    SELECT
        'wifi' AS "feature",
        "region",
        CASE
            WHEN "wifi_functional" IS NULL THEN NULL
            WHEN LOWER(TRIM(CAST("wifi_functional" AS VARCHAR(1000)))) IN ('5', 'i like it', 'like it') THEN '1'
            WHEN LOWER(TRIM(CAST("wifi_functional" AS VARCHAR(1000)))) IN ('4', 'i expect it', 'expect it') THEN '2'
            WHEN LOWER(TRIM(CAST("wifi_functional" AS VARCHAR(1000)))) IN ('3', 'i am neutral', 'am neutral') THEN '3'
            WHEN LOWER(TRIM(CAST("wifi_functional" AS VARCHAR(1000)))) IN ('2', 'i can live with it', 'can live with it') THEN '4'
            WHEN LOWER(TRIM(CAST("wifi_functional" AS VARCHAR(1000)))) IN ('1', 'i dislike it', 'dislike it') THEN '5'
            WHEN TRIM(CAST("wifi_functional" AS VARCHAR(1000))) = '' THEN NULL
            ELSE '?' || CAST("wifi_functional" AS VARCHAR(1000))
        END AS "functional",
        CASE
            WHEN "wifi_dysfunctional" IS NULL THEN NULL
            WHEN LOWER(TRIM(CAST("wifi_dysfunctional" AS VARCHAR(1000)))) IN ('5', 'i like it', 'like it') THEN '1'
            WHEN LOWER(TRIM(CAST("wifi_dysfunctional" AS VARCHAR(1000)))) IN ('4', 'i expect it', 'expect it') THEN '2'
            WHEN LOWER(TRIM(CAST("wifi_dysfunctional" AS VARCHAR(1000)))) IN ('3', 'i am neutral', 'am neutral') THEN '3'
            WHEN LOWER(TRIM(CAST("wifi_dysfunctional" AS VARCHAR(1000)))) IN ('2', 'i can live with it', 'can live with it') THEN '4'
            WHEN LOWER(TRIM(CAST("wifi_dysfunctional" AS VARCHAR(1000)))) IN ('1', 'i dislike it', 'dislike it') THEN '5'
            WHEN TRIM(CAST("wifi_dysfunctional" AS VARCHAR(1000))) = '' THEN NULL
            ELSE '?' || CAST("wifi_dysfunctional" AS VARCHAR(1000))
        END AS "dysfunctional"
    FROM "kano answers"
    UNION ALL
    SELECT
        'o''clock' AS "feature",
        "region",
        CASE
            WHEN "o'clock_functional" IS NULL THEN NULL
            WHEN LOWER(TRIM(CAST("o'clock_functional" AS VARCHAR(1000)))) IN ('5', 'i like it', 'like it') THEN '1'
            WHEN LOWER(TRIM(CAST("o'clock_functional" AS VARCHAR(1000)))) IN ('4', 'i expect it', 'expect it') THEN '2'
            WHEN LOWER(TRIM(CAST("o'clock_functional" AS VARCHAR(1000)))) IN ('3', 'i am neutral', 'am neutral') THEN '3'
            WHEN LOWER(TRIM(CAST("o'clock_functional" AS VARCHAR(1000)))) IN ('2', 'i can live with it', 'can live with it') THEN '4'
            WHEN LOWER(TRIM(CAST("o'clock_functional" AS VARCHAR(1000)))) IN ('1', 'i dislike it', 'dislike it') THEN '5'
            WHEN TRIM(CAST("o'clock_functional" AS VARCHAR(1000))) = '' THEN NULL
            ELSE '?' || CAST("o'clock_functional" AS VARCHAR(1000))
        END AS "functional",
        CASE
            WHEN "price""tag_dysfunctional" IS NULL THEN NULL
            WHEN LOWER(TRIM(CAST("price""tag_dysfunctional" AS VARCHAR(1000)))) IN ('5', 'i like it', 'like it') THEN '1'
            WHEN LOWER(TRIM(CAST("price""tag_dysfunctional" AS VARCHAR(1000)))) IN ('4', 'i expect it', 'expect it') THEN '2'
            WHEN LOWER(TRIM(CAST("price""tag_dysfunctional" AS VARCHAR(1000)))) IN ('3', 'i am neutral', 'am neutral') THEN '3'
            WHEN LOWER(TRIM(CAST("price""tag_dysfunctional" AS VARCHAR(1000)))) IN ('2', 'i can live with it', 'can live with it') THEN '4'
            WHEN LOWER(TRIM(CAST("price""tag_dysfunctional" AS VARCHAR(1000)))) IN ('1', 'i dislike it', 'dislike it') THEN '5'
            WHEN TRIM(CAST("price""tag_dysfunctional" AS VARCHAR(1000))) = '' THEN NULL
            ELSE '?' || CAST("price""tag_dysfunctional" AS VARCHAR(1000))
        END AS "dysfunctional"
    FROM "kano answers"
)
SELECT "feature", "region", "functional", "dysfunctional", COUNT(*) AS "count"
FROM "kanokit_pairs"
GROUP BY "feature", "region", "functional", "dysfunctional"
UNION ALL
SELECT NULL, "region", NULL, NULL, COUNT(*)
FROM "kano answers"
GROUP BY "region"
