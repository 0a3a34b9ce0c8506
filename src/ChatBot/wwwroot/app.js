// The built-in chat page: the official Web Chat bundle talking to the host's local Direct Line.
(function () {
  'use strict';

  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

  function formatDate(iso) {
    const [year, month, day] = iso.split('-').map(Number);
    return `${day} ${months[month - 1]} ${year}`;
  }

  function showProblem(text) {
    const problem = document.getElementById('problem');
    problem.textContent = text;
    problem.hidden = false;
  }

  function userId() {
    const key = 'chatbot.userId';
    let id = sessionStorage.getItem(key);
    if (!id) {
      // Ids starting with "dl_" are reserved by Direct Line.
      const bytes = crypto.getRandomValues(new Uint8Array(8));
      id = 'web-' + Array.from(bytes, b => b.toString(16).padStart(2, '0')).join('');
      sessionStorage.setItem(key, id);
    }
    return id;
  }

  function renderHeader(info, send) {
    document.title = info.name;
    document.getElementById('bot-name').textContent = info.name;
    const knows = document.getElementById('bot-knows');
    knows.textContent = info.sourceCount === 0
      ? 'No sources are indexed yet.'
      : `I answer from ${info.sourceCount} news articles published ${formatDate(info.oldest)} – ${formatDate(info.newest)}, and quote the passages I use.`;
    const suggestions = document.getElementById('suggestions');
    suggestions.replaceChildren();
    for (const question of info.exampleQuestions) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'suggestion';
      button.textContent = question;
      button.addEventListener('click', () => send(question));
      suggestions.appendChild(button);
    }
  }

  async function start() {
    if (!window.WebChat) {
      showProblem('The Web Chat bundle (wwwroot/lib/webchat.js) is missing: build the project with npm installed.');
      return;
    }

    const store = window.WebChat.createStore();
    const send = text => store.dispatch({ type: 'WEB_CHAT/SEND_MESSAGE', payload: { text } });
    const user = userId();

    const infoRequest = fetch('/api/info').then(r => r.json()).then(info => renderHeader(info, send));
    const response = await fetch('/v3/directline/tokens/generate', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ user: { id: user, name: 'You' } })
    });
    if (!response.ok) {
      showProblem(`Could not start a conversation (HTTP ${response.status}).`);
      return;
    }

    const { token } = await response.json();
    const directLine = window.WebChat.createDirectLine({
      token,
      domain: location.origin + '/v3/directline',
      webSocket: false,
      pollingInterval: 1000
    });
    window.WebChat.renderWebChat({
      directLine,
      store,
      userID: user,
      username: 'You',
      locale: navigator.language || 'en-US',
      styleOptions: {
        hideUploadButton: true,
        botAvatarInitials: 'PT',
        userAvatarInitials: 'You',
        bubbleMaxWidth: 720
      }
    }, document.getElementById('webchat'));
    document.querySelector('#webchat input, #webchat textarea')?.focus();
    await infoRequest.catch(() => showProblem('Could not load what the bot knows.'));
  }

  start().catch(error => showProblem('The chat could not start: ' + error.message));
})();
