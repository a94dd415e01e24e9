using KanoKit.Plots;
using KanoKit.Reporting;
using KanoKit.Writing;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Formatting;

namespace KanoKit.Interactive;

/// <summary>
/// The .NET Interactive kernel extension: loaded by the notebook host from the package's
/// <c>interactive-extensions/dotnet</c> folder after <c>#r "nuget: KanoKit.Interactive"</c>, it registers HTML
/// formatters so that a <see cref="KanoReport"/> shows as the report (table, Better–Worse diagram, priorities,
/// methods), a <see cref="FeatureResult"/> as a compact card and a <see cref="KanoChart"/> as its SVG.
/// </summary>
public sealed class KanoKitKernelExtension : IKernelExtension
{
    /// <inheritdoc />
    public Task OnLoadAsync(Kernel kernel)
    {
        Register();
        return Task.CompletedTask;
    }

    /// <summary>Registers the formatters (also usable without a kernel, e.g. in tests).</summary>
    public static void Register()
    {
        Formatter.Register<KanoReport>((report, writer) => writer.Write(NotebookHtml.Report(report)), HtmlFormatter.MimeType);
        Formatter.Register<FeatureResult>((feature, writer) => writer.Write(FeatureCard.Html(feature)), HtmlFormatter.MimeType);
        Formatter.Register<KanoChart>((chart, writer) => writer.Write(NotebookHtml.Chart(chart)), HtmlFormatter.MimeType);
    }
}
