/**
 * What /studio shows when the site was built without a Sanity project: how to connect one. For
 * Department staff and developers, in English like the Studio itself.
 */
export function ConnectProject() {
  return (
    <main style={{ maxWidth: '40rem', margin: '0 auto', padding: '2rem 1rem', font: '1.125rem/1.6 system-ui, sans-serif' }}>
      <h1>Connect a Sanity project to edit this site</h1>
      <p>
        This copy of the site was built from its bundled content, so there is no Studio to open. To edit the site in
        Sanity Studio here, build and start it with a Sanity project:
      </p>
      <pre style={{ whiteSpace: 'pre-wrap', background: '#f1f4f8', padding: '1rem' }}>
        SANITY_PROJECT_ID=yourprojectid SANITY_DATASET=production npm run serve
      </pre>
      <p>
        To start the project with the site’s current content, import the bundled dataset into it first:{' '}
        <code>npm run dataset:import</code>. The README’s section “Reading a real Sanity project” has the details.
      </p>
    </main>
  );
}
