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

  // The bot's answers carry [n] markers and a schema.org Message entity whose citations hold each source's link.
  // Web Chat turns [n] into a link and lists the sources under the message when the text defines [n]: url "title",
  // so the definitions the text lacks are added from the entity before Web Chat renders it.
  function withCitationLinks(activity) {
    const message = (activity.entities || []).find(e => e.type === 'https://schema.org/Message' && Array.isArray(e.citation));
    if (!message || typeof activity.text !== 'string') {
      return activity;
    }

    const definitions = message.citation
      .filter(c => c.appearance && c.appearance.url && !activity.text.includes(`\n[${c.position}]: `))
      .map(c => `[${c.position}]: ${new URL(c.appearance.url, location.origin).href} "${(c.appearance.name || '').replace(/"/g, '\u201d')}"`);
    return definitions.length ? { ...activity, text: activity.text + '\n\n' + definitions.join('\n') } : activity;
  }

  function citationLinks() {
    return () => next => action => {
      if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY' && action.payload && action.payload.activity) {
        action = { ...action, payload: { ...action.payload, activity: withCitationLinks(action.payload.activity) } };
      }
      return next(action);
    };
  }

  async function start() {
    if (!window.WebChat) {
      showProblem('The Web Chat bundle (wwwroot/lib/webchat.js) is missing: build the project with npm installed.');
      return;
    }

    const store = window.WebChat.createStore({}, citationLinks());
    const send = text => store.dispatch({ type: 'WEB_CHAT/SEND_MESSAGE', payload: { text } });
    const user = userId();

    let initials = 'Bot';
    try {
      const info = await fetch('/api/info').then(r => r.json());
      renderHeader(info, send);
      initials = info.name.split(/\s+/).filter(Boolean).slice(0, 2).map(w => w[0].toUpperCase()).join('') || initials;
    } catch {
      showProblem('Could not load what the bot knows.');
    }

    const response = await fetch('/v3/directline/tokens/generate', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ user: { id: user, name: 'You' } })
    });
    if (!response.ok) {
      // The server explains refusals (too many chats, a busy bot) in a problem document.
      const problem = await response.json().catch(() => null);
      showProblem(problem?.detail || `Could not start a conversation (HTTP ${response.status}).`);
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
        botAvatarInitials: initials,
        userAvatarInitials: 'You',
        bubbleMaxWidth: 720
      }
    }, document.getElementById('webchat'));
    document.querySelector('#webchat input, #webchat textarea')?.focus();
  }

  start().catch(error => showProblem('The chat could not start: ' + error.message));
})();
