// A plugin of this site: after every docs page is loaded, it collects the packages that the
// landing page (src/pages/index.js) lists: for each API version folder of generated/docs/go,
// its index page (package, API version, provider from the sidebar_custom_props that armgen
// writes) and its resource pages (name, resource type, client, operations and examples),
// and hands them to the page as the plugin's global data. Nothing is listed by hand, so the
// landing page follows whatever make generate writes.
module.exports = function packagesPlugin() {
  return {
    name: 'armgen-packages',
    async allContentLoaded({ allContent, actions }) {
      const docs = allContent['docusaurus-plugin-content-docs'].default.loadedVersions[0].docs;
      const byFolder = new Map();
      const folder = (id) => id.split('/')[0];
      for (const d of docs) {
        if (d.id.split('/').length === 2 && d.id.endsWith('/index')) {
          const p = d.frontMatter.sidebar_custom_props || {};
          if (!p.package || !p.api_version) {
            throw new Error(`${d.source}: an index page without sidebar_custom_props package and api_version`);
          }
          byFolder.set(folder(d.id), {
            title: d.title, path: d.permalink, package: p.package, apiVersion: p.api_version,
            provider: p.provider || '', changelog: null, resources: [],
          });
        }
      }
      for (const d of docs) {
        const pkg = byFolder.get(folder(d.id));
        if (!pkg) continue;
        if (d.id === folder(d.id) + '/changelog') {
          pkg.changelog = d.permalink;
          continue;
        }
        const p = d.frontMatter.sidebar_custom_props;
        if (!p || p.operations === undefined) continue; // not a resource page
        pkg.resources.push({
          name: d.title, path: d.permalink, resourceType: p.resource_type, client: p.client,
          operations: p.operations, examples: p.examples,
        });
      }
      const packages = [...byFolder.values()];
      for (const p of packages) p.resources.sort((a, b) => a.name.localeCompare(b.name));
      // By package name, then the newest API version first, as the sidebar lists them.
      packages.sort((a, b) => a.package.localeCompare(b.package) || b.apiVersion.localeCompare(a.apiVersion));
      actions.setGlobalData({ packages });
    },
  };
};
