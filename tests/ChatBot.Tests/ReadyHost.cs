using Microsoft.AspNetCore.Mvc.Testing;

namespace ChatBot.Tests;

/// <summary>Waits for a test host's index: the host serves at once but answers only once <c>/healthz</c> says ready.</summary>
internal static class ReadyHost
{
    /// <summary>A client for a host whose index is loaded.</summary>
    public static async Task<HttpClient> CreateReadyClientAsync(this WebApplicationFactory<Program> factory)
    {
        var client = factory.CreateClient();
        // The first index a test process builds also loads the embedding model and embeds the seeds, while other
        // test projects compete for the processor: allow it two minutes.
        for (var attempt = 0; attempt < 1200; attempt++)
        {
            using var health = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
            if (health.IsSuccessStatusCode) return client;
            await Task.Delay(100);
        }

        client.Dispose();
        throw new TimeoutException("the index did not load");
    }
}
