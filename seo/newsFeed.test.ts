import { describe, expect, it } from 'vitest';
import { rfc822Date, rssFeed, xmlText } from './newsFeed';

const channel = {
  title: 'Noticias | Departamento',
  link: 'https://dps.example.org/es/noticias',
  self: 'https://dps.example.org/es/noticias/feed.xml',
  description: 'Noticias',
  language: 'es',
};

describe('the news feed', () => {
  it('dates items in RFC 822 form, as calendar days in UTC', () => {
    expect(rfc822Date('2099-02-24')).toBe('Tue, 24 Feb 2099 00:00:00 GMT');
  });

  it('escapes markup and drops characters XML does not allow', () => {
    expect(xmlText('Fish & <chips> "quoted" \u0007done')).toBe('Fish &amp; &lt;chips&gt; &quot;quoted&quot; done');
  });

  it('gives each item its title, link, permalink guid, date and description, and dates the channel by the newest', () => {
    const xml = rssFeed(channel, [
      { title: 'A & B', link: 'https://dps.example.org/es/noticias/a', date: '2099-02-24', description: 'Uno <dos>' },
      { title: 'C', link: 'https://dps.example.org/es/noticias/c', date: '2099-02-01', description: 'Tres' },
    ]);
    expect(xml).toContain('<title>A &amp; B</title>');
    expect(xml).toContain('<guid isPermaLink="true">https://dps.example.org/es/noticias/a</guid>');
    expect(xml).toContain('<description>Uno &lt;dos&gt;</description>');
    expect(xml.match(/<item>/g)).toHaveLength(2);
    expect(xml).toMatch(/<language>es<\/language>\s*<pubDate>Tue, 24 Feb 2099 00:00:00 GMT<\/pubDate>/);
  });

  it('gives an item without a publication date no pubDate, and dates the channel by the newest item that has one', () => {
    const xml = rssFeed(channel, [
      { title: 'Reunión', link: 'https://dps.example.org/es/noticias/reunion', description: 'Sobre una reunión' },
      { title: 'Fechada', link: 'https://dps.example.org/es/noticias/fechada', date: '2099-02-01', description: 'Con fecha' },
    ]);
    const [undated, dated] = xml.split('<item>').slice(1);
    expect(undated).not.toContain('<pubDate>');
    expect(dated).toContain('<pubDate>Sun, 01 Feb 2099 00:00:00 GMT</pubDate>');
    expect(xml).toMatch(/<language>es<\/language>\s*<pubDate>Sun, 01 Feb 2099 00:00:00 GMT<\/pubDate>/);
    expect(rssFeed(channel, [{ title: 'R', link: 'https://dps.example.org/es/noticias/r', description: 'R' }])).not.toContain('<pubDate>');
  });

  it('is a valid channel with no items when there is no news', () => {
    const xml = rssFeed(channel, []);
    expect(xml).not.toContain('<item>');
    expect(xml).not.toContain('<pubDate>');
    expect(xml).toContain('<atom:link href="https://dps.example.org/es/noticias/feed.xml" rel="self" type="application/rss+xml"/>');
  });
});
