import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { keepSingletonFieldsSingle } from './singleHeaders';

function response() {
  return new ServerResponse(new IncomingMessage(new Socket()));
}

describe('single response fields', () => {
  keepSingletonFieldsSingle();
  keepSingletonFieldsSingle();

  it('keeps the Location a render set when the cache entry appends it again', () => {
    const res = response();
    res.setHeader('Location', '/es/carceles');
    res.appendHeader('location', '/es/carceles');
    expect(res.getHeader('location')).toBe('/es/carceles');
  });

  it('still appends a Location where none is set, and fields that may repeat', () => {
    const res = response();
    res.appendHeader('Location', '/en/prisons');
    res.appendHeader('Set-Cookie', 'a=1');
    res.appendHeader('Set-Cookie', 'b=2');
    expect(res.getHeader('location')).toBe('/en/prisons');
    expect(res.getHeader('set-cookie')).toEqual(['a=1', 'b=2']);
  });
});
