using Microsoft.IdentityModel.Protocols;

namespace ChatBot.Bot.Auth;

/// <summary>Fetches identity provider metadata and tells <see cref="IdentityProviderStatus"/> how it went.</summary>
internal sealed class MonitoredDocumentRetriever(IDocumentRetriever inner, IdentityProviderStatus status) : IDocumentRetriever
{
    public async Task<string> GetDocumentAsync(string address, CancellationToken cancel)
    {
        string document;
        try
        {
            document = await inner.GetDocumentAsync(address, cancel);
        }
        catch (Exception ex) when (!cancel.IsCancellationRequested)
        {
            status.ReportFailure(address, ex);
            throw;
        }

        status.ReportSuccess(address);
        return document;
    }
}
