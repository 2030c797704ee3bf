// The home page: a list of the generated index pages (one per package and API version),
// taken from the docs plugin's data, so it follows whatever make generate writes.
import React from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import { useAllDocsData } from '@docusaurus/plugin-content-docs/client';

export default function Home() {
  const docs = useAllDocsData().default.versions[0].docs;
  const indexes = docs
    .filter((d) => d.id === 'index' || d.id.endsWith('/index'))
    .sort((a, b) => a.path.localeCompare(b.path));
  return (
    <Layout title="armgen" description="Go packages generated from Azure Resource Manager specs">
      <main className="container margin-vert--lg">
        <h1>armgen</h1>
        <p>Go packages that armgen generated from Azure Resource Manager specs, one index page per package and API version:</p>
        <ul>
          {indexes.map((d) => (
            <li key={d.id}>
              <Link to={d.path}>{d.id.replace(/\/?index$/, '') || 'index'}</Link>
            </li>
          ))}
        </ul>
      </main>
    </Layout>
  );
}
