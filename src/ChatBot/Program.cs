using ChatBot.Hosting;

return await ChatBotApp.RunAsync(args);
