// The text of an editor's HTML (its API's getData/getContent/value) as the agent sees it: laid out, so that
// paragraphs and line breaks become newlines (a detached element's innerText does not lay out).
window.htmlText = (html) => {
  const div = document.createElement("div");
  div.style.cssText = "position: fixed; left: -9999px; top: 0; width: 600px; white-space: normal";
  div.innerHTML = html;
  document.body.append(div);
  const text = div.innerText;
  div.remove();
  return text;
};
