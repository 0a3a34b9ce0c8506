using Microsoft.Extensions.Hosting;

namespace ChatBot.Knowledge.Hosting;

/// <summary>Loads or builds the index when the host starts, without holding up the web server.</summary>
internal sealed class IndexStartupService(IKnowledgeAdmin admin) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        admin.EnsureLoadedAsync(stoppingToken);
}
