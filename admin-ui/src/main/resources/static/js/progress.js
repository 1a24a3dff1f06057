// Keeps a job's progress page current (templates/jobs/job.html): fetches the page again every two seconds and
// swaps in its progress section when the text changed, until the job has finished. Without script, the page's
// link does the same by hand.
(function () {
  'use strict';
  const section = document.getElementById('progress');
  if (!section) {
    return;
  }
  const poll = function () {
    if (section.dataset.finished === 'true') {
      return;
    }
    fetch(window.location.href, {credentials: 'same-origin', headers: {'Accept': 'text/html'}})
      .then(function (response) {
        return response.ok ? response.text() : Promise.reject(new Error(String(response.status)));
      })
      .then(function (html) {
        const fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('progress');
        if (!fresh) {
          return; // another page came back (signed out): the link is still there
        }
        if (fresh.textContent !== section.textContent) {
          section.replaceChildren.apply(section, Array.from(fresh.childNodes));
          section.dataset.finished = fresh.dataset.finished;
        }
        window.setTimeout(poll, 2000);
      })
      .catch(function () {
        window.setTimeout(poll, 5000); // the hub restarting, or not reachable: try again, more slowly
      });
  };
  window.setTimeout(poll, 2000);
})();
