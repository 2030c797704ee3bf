// The docs site of armgen's go-flavor pages. The pages are read in place from
// ../generated/docs/go (make generate writes them); nothing is copied here.
// Broken links and broken Markdown links fail the build.

/** @type {import('@docusaurus/types').Config} */
module.exports = {
  title: 'armgen',
  tagline: 'Go packages generated from Azure Resource Manager specs',
  url: 'https://armgen.example',
  baseUrl: '/',
  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  markdown: {
    hooks: {
      onBrokenMarkdownLinks: 'throw',
      onBrokenMarkdownImages: 'throw',
    },
  },
  plugins: [
    '@docusaurus/plugin-content-pages',
    [
      '@docusaurus/plugin-content-docs',
      {
        path: '../generated/docs/go',
        routeBasePath: '/',
        sidebarPath: require.resolve('./sidebars.js'),
      },
    ],
  ],
  themes: ['@docusaurus/theme-classic'],
  themeConfig: {
    navbar: {
      title: 'armgen',
      items: [{ type: 'docSidebar', sidebarId: 'docs', label: 'Go packages', position: 'left' }],
    },
  },
};
