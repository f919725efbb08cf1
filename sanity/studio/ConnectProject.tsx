/**
 * What /studio shows when the site was built without a Sanity project: how to connect one, and
 * what this build cannot offer until then. For Department staff and developers, in English like
 * the Studio itself.
 */
const codeStyle = { whiteSpace: 'pre-wrap', background: '#f1f4f8', padding: '1rem' } as const;

export function ConnectProject() {
  return (
    <main style={{ maxWidth: '40rem', margin: '0 auto', padding: '2rem 1rem', font: '1.125rem/1.6 system-ui, sans-serif' }}>
      <h1>Connect a Sanity project to edit this site</h1>
      <p>
        This copy of the site was built from its bundled content, so there is no Studio to open. To edit the site in
        Sanity Studio here, build and start it with a Sanity project:
      </p>
      <pre style={codeStyle}>SANITY_PROJECT_ID=yourprojectid SANITY_DATASET=production npm run serve</pre>
      <p>
        To start the project with the site’s current content, import the bundled dataset into it first:{' '}
        <code>npm run dataset:import</code>. The README’s section “Reading a real Sanity project” has the details.
      </p>

      <h2>Try it with a free Sanity project</h2>
      <p>From the site’s folder, with a free Sanity account (the first command opens a browser to sign in or sign up):</p>
      <pre style={codeStyle}>
        {[
          'npx sanity login',
          'npx sanity init --bare --create-project "DPS site trial" --dataset production',
          'npx sanity cors add http://localhost:3000 --credentials --project-id <the project id printed above>',
          'SANITY_STUDIO_PROJECT_ID=<id> npm run dataset:import',
          'SANITY_PROJECT_ID=<id> SANITY_DATASET=production npm run serve',
        ].join('\n')}
      </pre>
      <p>
        Then open <code>http://localhost:3000/studio</code>. To see a publish reach the site within a second, add the
        webhook described in the README’s section “Publishing”.
      </p>

      <h2>What this build cannot offer</h2>
      <p>Built from the bundled content, the site shows every page in both languages, but none of these:</p>
      <ul>
        <li>editing, drafts and publishing: the Studio needs Sanity’s hosted Content Lake;</li>
        <li>the Presentation tool’s preview of unpublished changes beside the page;</li>
        <li>the translation menu and the lists of missing or outdated translations;</li>
        <li>a document’s history, comments and who changed what;</li>
        <li>uploading images and files;</li>
        <li>accounts and roles for staff.</li>
      </ul>
      <p>A change to the bundled content is a change to its file, sanity/dataset/production.ndjson, and a new build.</p>
    </main>
  );
}
