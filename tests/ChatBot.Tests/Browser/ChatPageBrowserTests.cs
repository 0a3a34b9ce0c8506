using ChatBot.Tests.Web;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ChatBot.Tests.Browser;

/// <summary>Drives the built-in chat page in a real Chromium: ask, read the cited answer, open the source, follow up.</summary>
public sealed class ChatPageBrowserTests(ITestOutputHelper output) : IDisposable
{
    private static readonly string Screenshots = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");
    private readonly BrowserAppFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task ChatPage_AskQuestion_ShowsCitedAnswerAndSourceHighlight()
    {
        var baseUrl = _app.Start();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await ChromiumBrowser.LaunchAsync(playwright);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1100, Height = 900 } });
        context.SetDefaultTimeout(20_000);
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);

        // The page's Content-Security-Policy must not block anything the chat or the source view uses.
        var blocked = new List<string>();
        context.Console += (_, message) =>
        {
            if (message.Type == "error" && message.Text.Contains("Content Security Policy", StringComparison.Ordinal)) blocked.Add(message.Text);
        };
        var offsite = new List<string>();
        context.Request += (_, request) =>
        {
            // Same-origin blob: and data: URLs are the bundle's own; anything else leaving the host would break offline use.
            var url = request.Url.StartsWith("blob:", StringComparison.Ordinal) ? request.Url[5..] : request.Url;
            if (!url.StartsWith(baseUrl.AbsoluteUri, StringComparison.Ordinal) && !url.StartsWith("data:", StringComparison.Ordinal))
            {
                offsite.Add(request.Url);
            }
        };

        await page.GotoAsync(baseUrl.AbsoluteUri);
        await Expect(page.Locator("#bot-knows")).ToContainTextAsync("2 news articles published 1 February 2023 – 13 May 2024");
        await Expect(Bubbles(page, CitingTurnHandler.Welcome)).ToHaveCountAsync(1);
        await Shot(page, "1-welcome");

        var sendBox = page.Locator("[data-id='webchat-sendbox-input']");
        await sendBox.FillAsync("Who hosted the talks in Almaty?");
        await sendBox.PressAsync("Enter");
        await Expect(Bubbles(page, "Who hosted the talks in Almaty?")).ToHaveCountAsync(1);
        await Expect(Bubbles(page, "foreign minister Murat Nurtleu").Locator("strong")).ToBeVisibleAsync();
        await Shot(page, "2-answer");

        var citationLink = page.Locator($"a[href*='/sources/{SampleArticle.File}?start=']").First;
        var source = await context.RunAndWaitForPageAsync(() => citationLink.ClickAsync());
        await source.WaitForLoadStateAsync();
        await Expect(source.Locator("h1")).ToHaveTextAsync(SampleArticle.Title);
        await Expect(source.Locator("mark")).ToHaveTextAsync(SampleArticle.CitedPassage);
        await Expect(source.Locator("mark")).ToBeInViewportAsync();
        await Expect(source.Locator("#p2")).ToHaveClassAsync("cited");
        await Shot(source, "3-source");

        await sendBox.FillAsync("When was that?");
        await sendBox.PressAsync("Enter");
        await Expect(Bubbles(page, CitingTurnHandler.FollowUpAnswer)).ToHaveCountAsync(1);
        await Shot(page, "4-follow-up");

        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = FakeKnowledgeBase.Latest }).ClickAsync();
        await Expect(Bubbles(page, FakeKnowledgeBase.Latest)).ToHaveCountAsync(1);
        await Expect(Bubbles(page, "Murat Nurtleu")).ToHaveCountAsync(2);
        await Shot(page, "5-suggestion");
        Assert.Empty(errors);
        Assert.Empty(blocked);
        Assert.Empty(offsite);
    }

    private static ILocator Bubbles(IPage page, string text) =>
        page.Locator(".webchat__bubble__content", new PageLocatorOptions { HasText = text });

    private async Task Shot(IPage page, string name)
    {
        Directory.CreateDirectory(Screenshots);
        var path = Path.Combine(Screenshots, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = false });
        output.WriteLine($"Screenshot: {path}");
    }
}
