// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { isBlockUnchanged, nodeIndexAt, walkBlocks } from '../../../content/blocks';

function blocksOf(html: string): string[] {
  document.body.innerHTML = html;
  return [...walkBlocks(document.body)].map((block) => block.text);
}

describe('walkBlocks', () => {
  test('joins text split by inline elements and splits at block elements', () => {
    expect(blocksOf('<p>Park <b>Ji-hu</b> stars</p><div>Squid <i>Game</i><p>inner</p>after</div>')).toEqual([
      'Park Ji-hu stars',
      'Squid Game',
      'inner',
      'after',
    ]);
  });

  test('skips inputs, editors, scripts, styles, templates, hidden elements and Castmark’s own card', () => {
    const texts = blocksOf(`
      <p>Visible Lee Jung-jae</p>
      <textarea>Typed Park Ji-hu</textarea>
      <div contenteditable="true"><p>Edited Kim Soo-hyun</p></div>
      <div contenteditable="false"><p>Not editable Song Kang</p></div>
      <script>var x = "Squid Game";</script><style>.a{}</style><noscript>No script</noscript>
      <template><p>Template text</p></template>
      <div hidden><p>Hidden name</p></div>
      <castmark-card><p>Own card</p></castmark-card>
      <select><option>Option text</option></select>`);
    expect(texts).toEqual(['Visible Lee Jung-jae', 'Not editable Song Kang']);
  });

  test('a <br> ends a block, so lines never run together', () => {
    expect(blocksOf('<p>Lee Jung-jae<br>Park Hae-soo</p>')).toEqual(['Lee Jung-jae', 'Park Hae-soo']);
  });

  test('maps string offsets back to the text nodes', () => {
    document.body.innerHTML = '<p>Park <b>Ji-hu</b> stars</p>';
    const [block] = [...walkBlocks(document.body)];
    expect(block.nodes.map((node) => node.data)).toEqual(['Park ', 'Ji-hu', ' stars']);
    expect(block.starts).toEqual([0, 5, 10]);
    expect(nodeIndexAt(block, 0)).toBe(0);
    expect(nodeIndexAt(block, 4)).toBe(0);
    expect(nodeIndexAt(block, 5)).toBe(1);
    expect(nodeIndexAt(block, 12)).toBe(2);
  });

  test('reports open shadow roots so they can be scanned on their own', () => {
    document.body.innerHTML = '<p>Outside</p><div id="host"></div>';
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>Inside</p>';
    const found: ShadowRoot[] = [];
    const texts = [...walkBlocks(document.body, { onShadowRoot: (root) => found.push(root) })].map((b) => b.text);
    expect(texts).toEqual(['Outside']);
    expect(found).toEqual([shadow]);
    expect([...walkBlocks(shadow)].map((b) => b.text)).toEqual(['Inside']);
  });

  test('isBlockUnchanged notices text edited or removed after the scan', () => {
    document.body.innerHTML = '<p>Park <b>Ji-hu</b></p>';
    const [block] = [...walkBlocks(document.body)];
    expect(isBlockUnchanged(block)).toBe(true);
    block.nodes[1].data = 'Ji-hoo';
    expect(isBlockUnchanged(block)).toBe(false);
    block.nodes[1].data = 'Ji-hu';
    expect(isBlockUnchanged(block)).toBe(true);
    document.querySelector('b')!.remove();
    expect(isBlockUnchanged(block)).toBe(false);
  });
});
