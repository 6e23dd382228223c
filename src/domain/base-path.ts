/**
 * A site published under a path (a GitHub project page at
 * https://<owner>.github.io/<repo>/) serves every page, asset, feed and
 * search file under that path. The site config's `url` says where the site
 * is; its path is the base every root-relative link is written under.
 */

/**
 * The path a site is served under, from its address: "/" at the root of a
 * domain, else the path with a slash at each end.
 *
 * @example basePathOf('https://transparency.leics.pcc.police.uk') // => "/"
 * @example basePathOf('https://opcc.github.io/portal') // => "/portal/"
 */
export function basePathOf(siteUrl: string): string {
  const path = new URL(siteUrl).pathname.replace(/\/+$/, '');
  return `${path}/`;
}

/** A root-relative address in an href, src or action attribute, as Astro writes them (always double-quoted). */
const ROOT_RELATIVE = /(\s(?:href|src|action)=")\/(?!\/)/g;

/**
 * The page's HTML with every root-relative link, image and form address put
 * under the base path; addresses already under it (Astro's own scripts and
 * styles) and full or protocol-relative ones are left as they are. An
 * attribute's value cannot hold a double quote (Astro escapes it), and text
 * cannot hold one either, so `href="/` only ever begins an attribute.
 *
 * @example withBasePath('<a href="/meetings/">', '/portal/') // => '<a href="/portal/meetings/">'
 * @example withBasePath('<script src="/portal/_astro/a.js">', '/portal/') // => '<script src="/portal/_astro/a.js">'
 */
export function withBasePath(html: string, base: string): string {
  if (base === '/') return html;
  const under = base.slice(1);
  return html.replace(ROOT_RELATIVE, (match, attribute: string, offset: number) =>
    html.startsWith(under, offset + match.length) ? match : `${attribute}${base}`,
  );
}
