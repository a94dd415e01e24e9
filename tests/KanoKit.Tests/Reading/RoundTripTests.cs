using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KanoKit.Reading;
using KanoKit.Writing;

namespace KanoKit.Tests.Reading;

public class RoundTripTests
{
    private static readonly Gen<Shape> Shapes =
        from isLong in Gen.Elements(true, false)
        from delimiter in Gen.Elements(',', ';', '\t')
        from quoteAll in Gen.Elements(true, false)
        from extra in Gen.Choose(0, 2)
        from coding in Gen.Elements("standard", "reversed", "zero-based", "labels")
        from language in Gen.Choose(0, 5)
        from crlf in Gen.Elements(true, false)
        from bom in Gen.Elements(true, false)
        from utf16 in Gen.Frequency((1, Gen.Constant(true)), (4, Gen.Constant(false)))
        select new Shape(isLong, delimiter, quoteAll, extra, coding, language, crlf, bom, utf16);

    private static readonly Gen<(Answer[] F, Answer[] D)[]> Surveys =
        from respondents in Gen.Choose(1, 40)
        from features in Gen.Choose(1, 4)
        from columns in Gen.ArrayOf(Generators.Answer, respondents).Two().ArrayOf(features)
        select columns;

    [Property(MaxTest = 300)]
    public Property Any_survey_in_any_supported_shape_reads_back_to_the_same_tallies() =>
        Prop.ForAll(Shapes.ToArbitrary(), Surveys.ToArbitrary(), (shape, features) =>
        {
            // Long files cannot hold a respondent who answered nothing at all; make sure every respondent says something.
            features[0].F[0] = features[0].F[0] == Answer.Missing ? Answer.Like : features[0].F[0];
            byte[] bytes = SurveyWriter.Write(shape, features);
            var options = new SurveyReadOptions { Scale = SurveyWriter.ScaleFor(shape), HeaderRows = shape.ExtraHeaderRows };
            var data = SurveyFile.Read(new MemoryStream(bytes), "generated.csv", options);

            // With header rows left to detection, the reader must find them too.
            var detected = SurveyFile.Read(new MemoryStream(bytes), "generated.csv", options with { HeaderRows = null });

            var expected = features.Select(f => PairTally.Count(f.F, f.D)).ToArray();
            return data.Tallies.Features.Select(t => t.Tally).SequenceEqual(expected)
                && detected.Tallies.Features.Select(t => t.Tally).SequenceEqual(expected)
                && detected.SkippedHeaderRows == shape.ExtraHeaderRows
                && data.Respondents == features[0].F.Length
                && data.IsClean;
        });
}
