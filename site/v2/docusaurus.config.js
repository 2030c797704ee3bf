// Docusaurus 2.0.0-beta.21 (MDX 1), the version GruCloud's site pins: builds the same
// pages as ../docusaurus.config.js, in place from ../../generated/docs/go, so that
// internal/sitecheck can compare the text each version shows (make docs-site).

// On Node 20, beta.21's webpack persistent cache crashes the build ("Fatal JavaScript
// invalid size error" while compiling); with the cache off it builds.
function noWebpackCache() {
  return {
    name: 'armgen-no-webpack-cache',
    configureWebpack(config) {
      config.cache = false;
      return {};
    },
  };
}

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
          path: '../../generator/docs/testdata/hostile/want/go',
          routeBasePath: 'testdata/hostile',
          sidebarPath: false,
        },
      ],
    ]
  : [];

/** @type {import('@docusaurus/types').Config} */
module.exports = {
  title: 'armgen (Docusaurus 2)',
  url: 'https://armgen.example',
  baseUrl: '/',
  onBrokenLinks: 'throw',
  onBrokenMarkdownLinks: 'throw',
  plugins: [
    noWebpackCache,
    '@docusaurus/plugin-content-pages',
    [
      '@docusaurus/plugin-content-docs',
      {
        path: '../../generated/docs/go',
        routeBasePath: '/',
        sidebarPath: require.resolve('../sidebars.js'),
      },
    ],
    ...testdata,
  ],
  themes: ['@docusaurus/theme-classic'],
  themeConfig: {
    navbar: { title: 'armgen' },
  },
};
