WITH "kanokit_pairs" AS (
    SELECT
        'wifi' AS "feature",
        "wifi_functional" AS "functional",
        "wifi_dysfunctional" AS "dysfunctional"
    FROM "kano answers"
    UNION ALL
    SELECT
        'o''clock' AS "feature",
        "o'clock_functional" AS "functional",
        "price""tag_dysfunctional" AS "dysfunctional"
    FROM "kano answers"
)
SELECT "feature", "functional", "dysfunctional", COUNT(*) AS "count"
FROM "kanokit_pairs"
GROUP BY "feature", "functional", "dysfunctional"
UNION ALL
SELECT NULL, NULL, NULL, COUNT(*)
FROM "kano answers"
