using ChatBot.Knowledge.Facts;

namespace ChatBot.Knowledge.Tests.Facts;

public class DateResolverTests
{
    private static readonly DateOnly Monday13May2024 = new(2024, 5, 13);
    private static readonly DateOnly Friday5May2023 = new(2023, 5, 5);
    private static readonly DateOnly Friday20Dec2024 = new(2024, 12, 20);

    private static EventDate Single(string sentence, DateOnly published)
    {
        var dates = DateResolver.Default.Resolve(sentence, published);
        return Assert.Single(dates);
    }

    [Fact]
    public void Resolve_PastWeekday_ReturnsThatDayOnOrBeforePublication()
    {
        var date = Single("A two-day round of talks ended on Saturday in Almaty.", Monday13May2024);

        Assert.Equal(new DateOnly(2024, 5, 11), date.Date);
        Assert.Equal(DatePrecision.Day, date.Precision);
    }

    [Fact]
    public void Resolve_WeekdayOfPublication_ReturnsPublicationDay()
    {
        var date = Single("Mirzoyan said Monday that his meeting was constructive.", Monday13May2024);

        Assert.Equal(Monday13May2024, date.Date);
    }

    [Fact]
    public void Resolve_FutureWeekday_ReturnsNextOccurrence()
    {
        var date = Single("The ministers will meet on Friday in Brussels.", Monday13May2024);

        Assert.Equal(new DateOnly(2024, 5, 17), date.Date);
    }

    [Fact]
    public void Resolve_MonthDayWithoutYear_TakesPublicationYear()
    {
        var date = Single("On May 24, border guards were deployed on the newly delimited border.", Friday20Dec2024);

        Assert.Equal(new DateOnly(2024, 5, 24), date.Date);
        Assert.Equal("May 24", "On May 24, border guards".Substring(date.Span.Start, date.Span.Length));
    }

    [Fact]
    public void Resolve_MidDecemberInPastBeforeMayPublication_ReturnsPreviousDecember()
    {
        var sentence = "The talks were the biggest since the blockade of the corridor began in mid-December.";

        var date = Single(sentence, Friday5May2023);

        Assert.Equal(new DateOnly(2022, 12, 15), date.Date);
        Assert.Equal(DatePrecision.Month, date.Precision);
        Assert.Equal(new DateOnly(2022, 12, 20), date.Latest);
        Assert.Equal("mid-December", sentence.Substring(date.Span.Start, date.Span.Length));
    }

    [Fact]
    public void Resolve_DayRange_ReturnsStartAndEndDate()
    {
        var date = Single("They held talks in Arlington, Virginia from May 1-4 to negotiate a peace deal.", new DateOnly(2023, 5, 10));

        Assert.Equal(new DateOnly(2023, 5, 1), date.Date);
        Assert.Equal(new DateOnly(2023, 5, 4), date.EndDate);
    }

    [Fact]
    public void Resolve_TwoDaysJoinedByAnd_ReturnsRange()
    {
        var date = Single("In interviews on December 18 and 19, leaders outlined their positions.", Friday20Dec2024);

        Assert.Equal(new DateOnly(2024, 12, 18), date.Date);
        Assert.Equal(new DateOnly(2024, 12, 19), date.EndDate);
    }

    [Fact]
    public void Resolve_LastSeptember_ReturnsMostRecentSeptemberBeforePublicationMonth()
    {
        var date = Single("Baku re-captured the region last September in a lightning offensive.", new DateOnly(2024, 9, 24));

        Assert.Equal(new DateOnly(2023, 9, 1), date.Date);
        Assert.Equal(DatePrecision.Month, date.Precision);
    }

    [Theory]
    [InlineData("In an interview on January 10, 2024, Aliyev demanded a route.", 2024, 1, 10)]
    [InlineData("The decree of 10 January 2024 was issued.", 2024, 1, 10)]
    [InlineData("He underscored the statement of November 9, 2020, which he cited.", 2020, 11, 9)]
    public void Resolve_ExplicitDate_ReturnsIt(string sentence, int year, int month, int day)
    {
        var date = Single(sentence, Friday20Dec2024);

        Assert.Equal(new DateOnly(year, month, day), date.Date);
        Assert.Equal(DatePrecision.Day, date.Precision);
    }

    [Theory]
    [InlineData("The border delimitation process began last month.", 2024, 4, DatePrecision.Month)]
    [InlineData("Both countries agreed to a prisoner exchange in December 2022.", 2022, 12, DatePrecision.Month)]
    [InlineData("In July, Mirzoyan announced that the draft was nearly complete.", 2024, 7, DatePrecision.Month)]
    [InlineData("The leaders met in 2022 in Prague.", 2022, 1, DatePrecision.Year)]
    [InlineData("This year, Armenia and Azerbaijan shifted the focus.", 2024, 1, DatePrecision.Year)]
    [InlineData("Late last year, the sides agreed on clarifying their borders.", 2023, 1, DatePrecision.Year)]
    public void Resolve_LessPreciseExpressions_ResolveAgainstPublication(string sentence, int year, int month, DatePrecision precision)
    {
        var published = sentence.StartsWith("The border", StringComparison.Ordinal) ? Monday13May2024 : sentence.StartsWith("Late", StringComparison.Ordinal) ? new DateOnly(2024, 5, 5) : Friday20Dec2024;

        var date = Single(sentence, published);

        Assert.Equal(new DateOnly(year, month, 1), date.Date);
        Assert.Equal(precision, date.Precision);
    }

    [Fact]
    public void Resolve_LateAprilBeforePublication_ReturnsLastThirdOfApril()
    {
        var date = Single("In late April, Azerbaijan installed a checkpoint at the entrance of the corridor.", Friday5May2023);

        Assert.Equal(new DateOnly(2023, 4, 25), date.Date);
        Assert.Equal(new DateOnly(2023, 4, 30), date.Latest);
    }

    [Fact]
    public void Resolve_ThisYearInPastReport_EndsAtPublication()
    {
        var date = Single("This year, Azerbaijan hosted COP29.", Friday20Dec2024);

        Assert.Equal(Friday20Dec2024, date.Latest);
    }

    [Theory]
    [InlineData("The protocol was based on a 1976 topographic map from the General Staff.")]
    [InlineData("Four years after the 2020 Artsakh War, the sides remain apart.")]
    [InlineData("According to Article 9, the commissions will conduct delimitation.")]
    [InlineData("Azerbaijan estimates damages over 30 years of occupation.")]
    [InlineData("The sides are currently working on the 11th draft of the peace treaty.")]
    [InlineData("The talks may be adjusted if future agreements stipulate otherwise.")]
    public void Resolve_NumbersThatAreNotEventDates_ReturnsNothing(string sentence)
    {
        var dates = DateResolver.Default.Resolve(sentence, Friday20Dec2024);

        Assert.Empty(dates);
    }

    [Fact]
    public void Resolve_SeveralDates_ReturnsThemInOrderOfAppearance()
    {
        var dates = DateResolver.Default.Resolve(
            "Yerevan and Baku ratified the regulations on October 25, and it came into force on November 1.",
            Friday20Dec2024);

        Assert.Equal([new DateOnly(2024, 10, 25), new DateOnly(2024, 11, 1)], dates.Select(d => d.Date));
    }

    [Fact]
    public void Resolve_ExcludedSpan_IgnoresDateInsideIt()
    {
        var sentence = "This stems from Article 9 of the November 9 trilateral statement.";
        var start = sentence.IndexOf("November", StringComparison.Ordinal);

        var dates = DateResolver.Default.Resolve(sentence, Friday20Dec2024, [new(start, "November 9 trilateral statement".Length)]);

        Assert.Empty(dates);
    }

    [Fact]
    public void Resolve_FutureMonthDayBeforePublicationDate_MovesToNextYear()
    {
        var date = Single("The leaders will meet on January 15 in Brussels.", Friday20Dec2024);

        Assert.Equal(new DateOnly(2025, 1, 15), date.Date);
    }

    [Fact]
    public void Resolve_NextWeek_ReturnsFollowingWeek()
    {
        var date = Single("Pashinyan confirmed that he would visit Moscow next week.", Friday5May2023);

        Assert.Equal(new DateOnly(2023, 5, 8), date.Date);
        Assert.Equal(new DateOnly(2023, 5, 14), date.EndDate);
    }

    [Fact]
    public void Resolve_DaysLater_CountsFromAnchorOnlyWhenOneIsGiven()
    {
        const string sentence = "Two days later, the spokesperson clarified the article.";

        var without = DateResolver.Default.Resolve(sentence, Friday20Dec2024);
        var anchored = DateResolver.Default.Resolve(sentence, Friday20Dec2024, anchor: new DateOnly(2024, 12, 18));

        Assert.Empty(without);
        Assert.Equal(new DateOnly(2024, 12, 20), Assert.Single(anchored).Date);
    }

    [Theory]
    [InlineData("The commissions met between 10 and 12 May in Almaty.")]
    [InlineData("The commissions met from 10 to 12 May in Almaty.")]
    [InlineData("The commissions met on May 10-12 in Almaty.")]
    public void Resolve_RangeWithinAMonth_ReturnsStartAndEnd(string sentence)
    {
        var date = Single(sentence, Monday13May2024);

        Assert.Equal(new DateOnly(2024, 5, 10), date.Date);
        Assert.Equal(new DateOnly(2024, 5, 12), date.EndDate);
        Assert.Equal(DatePrecision.Day, date.Precision);
    }

    [Theory]
    [InlineData("Mirzoyan met Bayramov on Friday.", 2024, 5, 10)]
    [InlineData("Mirzoyan met Bayramov last Monday.", 2024, 5, 6)]
    [InlineData("The envoys met in December to discuss the crossing.", 2023, 12, 1)]
    [InlineData("The protocol was signed in mid-December.", 2023, 12, 15)]
    [InlineData("The talks resumed on November 28 in Geneva.", 2023, 11, 28)]
    public void Resolve_PastReportWithoutYear_NeverLandsAfterPublication(string sentence, int year, int month, int day)
    {
        var date = Single(sentence, Monday13May2024);

        Assert.Equal(new DateOnly(year, month, day), date.Date);
        Assert.True(date.Latest <= Monday13May2024, $"{date.Latest} is after publication");
    }

    [Fact]
    public void Resolve_MidMonthOfPublication_EndsNoLaterThanPublication()
    {
        var date = Single("Grigoryan said in mid-December that no date had been set.", new DateOnly(2024, 12, 13));

        Assert.Equal(new DateOnly(2024, 12, 13), date.Date);
        Assert.Equal(DatePrecision.Month, date.Precision);
        Assert.Equal(new DateOnly(2024, 12, 13), date.Latest);
    }

    [Fact]
    public void Resolve_LateMonthBesideDayOfSameMonth_SortsAfterTheDay()
    {
        var late = Single("In late April, Azerbaijan installed a checkpoint.", new DateOnly(2023, 5, 5));
        var day = Single("Azerbaijan set up a checkpoint on April 23.", new DateOnly(2023, 5, 5));

        Assert.True(late.Date > day.Date, $"{late.Date} should sort after {day.Date}");
        Assert.Equal(DatePrecision.Month, late.Precision);
    }
}
