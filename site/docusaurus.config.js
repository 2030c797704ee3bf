// The docs site of armgen's go-flavor pages and of armgen's guide. The pages are read in
// place from ../generated/docs/go (make generate writes them) and ../docs; nothing is
// copied here.
// Broken links and broken Markdown links fail the build.

// With ARMGEN_SITE_TESTDATA set (make docs-site sets it), the go pages of the hostile test
// spec (generator/docs/testdata/hostile/want/go: spec text that tries to become HTML, links,
// JSX and markup) are built too, under /testdata/hostile/, so that internal/sitecheck checks
// how Docusaurus renders them. A site built for reading leaves them out.
const testdata = process.env.ARMGEN_SITE_TESTDATA
  ? [
      [
        '@docusaurus/plugin-content-docs',
        {
          id: 'hostile',
          path: '../generator/docs/testdata/hostile/want/go',
          routeBasePath: 'testdata/hostile',
          sidebarPath: false,
        },
      ],
    ]
  : [];

/** @type {import('@docusaurus/types').Config} */
module.exports = {
  title: 'armgen',
  tagline: 'Go packages generated from Azure Resource Manager specs',
  url: 'https://armgen.example',
  baseUrl: '/',
  favicon: 'img/favicon.svg',
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
    // armgen's guide: the reference pages of the repository (docs/), beside the generated ones.
    [
      '@docusaurus/plugin-content-docs',
      {
        id: 'guide',
        path: '../docs',
        routeBasePath: 'guide',
        sidebarPath: require.resolve('./sidebars-guide.js'),
      },
    ],
    // The landing page's list of packages (src/pages/index.js).
    require.resolve('./plugins/packages.js'),
    ...testdata,
  ],
  themes: [
    ['@docusaurus/theme-classic', { customCss: require.resolve('./src/css/custom.css') }],
    // Offline search: the build writes a search index of every page (the generated pages
    // and the guide), which the search bar loads; no external service.
    [
      require.resolve('@easyops-cn/docusaurus-search-local'),
      {
        hashed: true,
        indexDocs: true,
        indexBlog: false,
        indexPages: false,
        docsRouteBasePath: ['/', 'guide'],
        docsDir: ['../generated/docs/go', '../docs'],
        searchResultLimits: 10,
        explicitSearchResultPath: true,
      },
    ],
  ],
  themeConfig: {
    navbar: {
      title: 'armgen',
      items: [
        { type: 'docSidebar', sidebarId: 'docs', label: 'Go packages', position: 'left' },
        { type: 'docSidebar', sidebarId: 'guide', docsPluginId: 'guide', label: 'Guide', position: 'left' },
      ],
    },
  },
};
