import { describe, expect, it } from 'vitest';
import type { SiteChrome } from '@/sanity/documentTypes/siteChrome';
import { departmentJsonLd, serializeJsonLd } from './jsonLd';

const settings: SiteChrome['settings'] = {
  _id: 'siteSettings-es',
  organization: { name: 'Organización de los Estados Americanos', abbreviation: 'OEA', url: 'https://www.oas.org/es/' },
  generalSecretariat: { name: 'Secretaría General', abbreviation: undefined, url: undefined },
  secretariat: { name: 'Secretaría de Seguridad Multidimensional', abbreviation: 'SSM', url: undefined },
  department: { name: 'Departamento de Seguridad Pública', abbreviation: 'DSP', url: undefined },
  footer: {
    addressLines: ['1889 F Street NW', 'Washington, D.C. 20006, EE.UU.'],
    phone: { label: 'Teléfono', number: '+1 (202) 458 3000' },
    socialLinks: [],
    copyrightHolder: 'OEA',
  },
};

/** What a JSON-LD reader finds in the script element's text. */
function parseScriptText(html: string): unknown {
  const match = /^<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html);
  if (!match) throw new Error(`No complete script element in ${html}`);
  return JSON.parse(match[1] ?? '');
}

describe('the Department as structured data', () => {
  it('is a government organization of the OAS, with its address and telephone', () => {
    expect(departmentJsonLd(settings, 'https://dps.example.org/es')).toEqual({
      '@context': 'https://schema.org',
      '@type': 'GovernmentOrganization',
      name: 'Departamento de Seguridad Pública',
      alternateName: 'DSP',
      url: 'https://dps.example.org/es',
      address: '1889 F Street NW, Washington, D.C. 20006, EE.UU.',
      telephone: '+1 (202) 458 3000',
      parentOrganization: {
        '@type': 'Organization',
        name: 'Organización de los Estados Americanos',
        alternateName: 'OEA',
        url: 'https://www.oas.org/es/',
      },
    });
  });
});

describe('the JSON-LD serializer', () => {
  const hostile = 'Seguridad</script><script>alert(1)</script><!-- ';

  it('writes no "<" a browser could read as markup', () => {
    expect(serializeJsonLd({ name: hostile })).not.toContain('<');
  });

  it('keeps a CMS string that contains </script> inside the element, unchanged to a JSON reader', () => {
    const html = `<script type="application/ld+json">${serializeJsonLd({ name: hostile })}</script>`;
    expect(parseScriptText(html)).toEqual({ name: hostile });
  });
});
