/**
 * Markup that would run script, restyle the page or navigate if it reached the browser unescaped.
 * Each payload tries to set `window.__pwned` or open a dialog; shown literally, they are harmless.
 */
export const XSS_PAYLOADS: readonly string[] = [
  `<script>window.__pwned='script'</script>`,
  `<img src=x onerror="window.__pwned='img';alert('img')">`,
  `<svg onload="window.__pwned='svg'"><circle r=1></circle></svg>`,
  `<a href="javascript:window.__pwned='js-url'">javascript:alert(document.domain)</a>`,
  `<style>body{display:none!important}</style>`,
  `<div onmouseover="window.__pwned='hover'" style="position:fixed;inset:0;background:red">hover</div>`,
  `</script><script>window.__pwned='breakout'</script>`,
  `"><script>window.__pwned='attr-dq'</script>`,
  `'><img src=x onerror=window.__pwned='attr-sq'>`,
  `" autofocus onfocus="window.__pwned='autofocus`,
  `&lt;script&gt;window.__pwned='entity'&lt;/script&gt;`,
  `&#60;img src=x onerror=alert('numeric-entity')&#62;`,
  `<iframe src="javascript:alert('iframe')"></iframe>`,
  `<math><mtext></p><script>window.__pwned='mxss'</script></mtext></math>`,
  `<!--<script>window.__pwned='comment'</script>-->`,
  `<base href="javascript:/"><meta http-equiv="refresh" content="0;url=javascript:alert('meta')">`,
  `<link rel=stylesheet href="data:text/css,body{display:none}">`,
  '`${alert(`template`)}` {{constructor.constructor(\'alert(1)\')()}}',
  `<object data="javascript:alert('object')"></object><embed src="javascript:alert('embed')">`,
  `<form action="javascript:alert('form')"><button>go</button></form>`,
];

/** Paragraphs of plain prose around the payloads, so cleaning keeps them as article body, with quotes to attribute. */
export function xssArticleText(): string {
  return XSS_PAYLOADS.map((p, i) =>
    i % 2 === 0
      ? `Negotiators met in Kyiv on Monday to discuss the minerals deal, and Volodymyr Zelensky said the draft contained ${p} among its clauses.`
      : `“The text reads ${p} and we will not sign it,” Volodymyr Zelensky said on Tuesday, according to officials familiar with the talks.`,
  ).join('\n\n');
}

/** A record whose text, title, outlet and url all carry payloads. */
export const XSS_RECORD = {
  title: `Minerals talks <script>window.__pwned='title'</script><img src=x onerror=alert('title')>`,
  outlet: `Evil <b onmouseover=alert('outlet')>Outlet</b></title><script>window.__pwned='outlet'</script>`,
  url: `javascript:alert('url')`,
  published: '2025-03-01',
  author: `<svg onload=alert('byline')>`,
  text: xssArticleText(),
};
