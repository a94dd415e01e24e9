namespace KanoKit.Writing;

/// <summary>The HTML report's style sheet: system fonts, readable on screen and on paper.</summary>
internal static class HtmlStyle
{
    public const string Css = """
        :root { color-scheme: light; }
        body { font-family: "DejaVu Sans", "Noto Sans", "Noto Sans CJK JP", system-ui, sans-serif; color: #1a1a1a; background: #fff; margin: 0; line-height: 1.45; }
        main { max-width: 1100px; margin: 0 auto; padding: 1.5rem 2rem 3rem; }
        h1 { font-size: 1.8rem; margin: 0 0 1rem; }
        h2 { font-size: 1.3rem; margin: 2rem 0 0.6rem; border-bottom: 1px solid #ccc; padding-bottom: 0.2rem; }
        h3 { font-size: 1.05rem; margin: 1rem 0 0.4rem; }
        table { border-collapse: collapse; font-size: 0.85rem; width: 100%; font-variant-numeric: tabular-nums; }
        th, td { padding: 0.25rem 0.45rem; border-bottom: 1px solid #e2e2e2; text-align: right; white-space: nowrap; }
        th[scope="row"], td.category { text-align: left; }
        thead th { border-bottom: 2px solid #444; text-align: right; }
        thead th:first-child { text-align: left; }
        .swatch { display: inline-block; width: 0.75em; height: 0.75em; margin-right: 0.35em; border-radius: 2px; vertical-align: baseline; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
        figure { margin: 1rem 0 2rem; break-inside: avoid; page-break-inside: avoid; }
        figure svg { display: block; width: 100%; max-width: 900px; height: auto; }
        figcaption { font-size: 0.85rem; color: #444; margin-top: 0.3rem; }
        dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; font-size: 0.9rem; }
        dt { font-weight: bold; }
        dd { margin: 0; }
        .note, .references { font-size: 0.85rem; color: #333; }
        @media print {
          main { max-width: none; padding: 0; }
          body { font-size: 10pt; }
          h2 { break-after: avoid; page-break-after: avoid; }
          table, figure, dl { break-inside: avoid; page-break-inside: avoid; }
          tr { break-inside: avoid; page-break-inside: avoid; }
          figure svg { max-width: 100%; }
        }

        """;

    /// <summary>The styles of a fragment, scoped to its <c>div.kanokit-report</c> so that they leave the host page alone.</summary>
    public const string FragmentCss = """
        .kanokit-report { font-family: "DejaVu Sans", "Noto Sans", "Noto Sans CJK JP", system-ui, sans-serif; line-height: 1.4; }
        .kanokit-report table { border-collapse: collapse; font-size: 0.85em; font-variant-numeric: tabular-nums; }
        .kanokit-report th, .kanokit-report td { padding: 0.2em 0.45em; border-bottom: 1px solid #e2e2e2; text-align: right; white-space: nowrap; }
        .kanokit-report th[scope="row"], .kanokit-report td.category { text-align: left; }
        .kanokit-report .swatch { display: inline-block; width: 0.75em; height: 0.75em; margin-right: 0.35em; border-radius: 2px; }
        .kanokit-report figure { margin: 0.5em 0 1.5em; }
        .kanokit-report figure svg { display: block; max-width: 100%; height: auto; }
        .kanokit-report figcaption, .kanokit-report .note, .kanokit-report .references { font-size: 0.85em; color: #444; }
        .kanokit-report dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.2em 1em; font-size: 0.9em; }
        .kanokit-report dd { margin: 0; }

        """;
}
