using ChatBot.Knowledge.Answers;
using ChatBot.Knowledge.Corpus;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChatBot.Tests.Web;

/// <summary>The host with a fake knowledge base and source library.</summary>
public sealed class ChatPageAppFactory : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<IKnowledgeBase>();
            services.AddSingleton<IKnowledgeBase, FakeKnowledgeBase>();
            services.RemoveAll<ISourceLibrary>();
            services.AddSingleton<ISourceLibrary, FakeSourceLibrary>();
        });
}
