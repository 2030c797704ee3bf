// The landing page: every package and API version on the site with its resources, taken
// from the armgen-packages plugin (plugins/packages.js), so it follows whatever make
// generate writes.
import React from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import { usePluginData } from '@docusaurus/useGlobalData';

function plural(n, one, many) {
  return `${n} ${n === 1 ? one : many}`;
}

function Package({ pkg }) {
  const operations = pkg.resources.reduce((n, r) => n + r.operations, 0);
  return (
    <section className="col col--6 armgen-package" data-package={pkg.package} data-api-version={pkg.apiVersion}>
      <h2>
        <Link to={pkg.path}>{pkg.title}</Link>
      </h2>
      <p>
        Package <code>{pkg.package}</code>, API version {pkg.apiVersion}
        {pkg.provider ? <> of <code>{pkg.provider}</code></> : null}: {plural(pkg.resources.length, 'resource', 'resources')},{' '}
        {plural(operations, 'operation', 'operations')}.
        {pkg.changelog ? <> <Link to={pkg.changelog}>Changes from the previous API version</Link>.</> : null}
      </p>
      <ul>
        {pkg.resources.map((r) => (
          <li key={r.path} data-resource={r.name}>
            <Link to={r.path}>{r.name}</Link>: {plural(r.operations, 'operation', 'operations')},{' '}
            {plural(r.examples, 'example', 'examples')}
            <div className="armgen-resource-type">
              <code>{r.resourceType}</code>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

export default function Home() {
  const { packages } = usePluginData('armgen-packages');
  return (
    <Layout title="Go packages" description="Go packages that armgen generated from Azure Resource Manager specs, with their resources, operations and examples">
      <main className="container margin-vert--lg">
        <h1>Go packages generated from Azure Resource Manager specs</h1>
        <p>
          Each package below is Go code that armgen generated from an Azure Resource Manager spec, for one API
          version. Each resource has a page with its operations and the Go methods that call them, a Go example
          for each of the spec's examples, and the rules that its request body is validated against.
        </p>
        <p>
          To generate packages like these for your own module, read <Link to="/guide/">armgen's guide</Link>.
        </p>
        <div className="row">
          {packages.map((p) => (
            <Package key={p.path} pkg={p} />
          ))}
        </div>
      </main>
    </Layout>
  );
}
