/**
 * A map keyed by a list of strings, in order, without a key string: each
 * string is one lookup down a tree of maps. The concept expansion looks up
 * some 25,000 lists for a 1,024-question bank; a JSON key for each cost
 * more than expanding the few that differ.
 */
export class ListMap<V> {
  private readonly root: ListNode<V> = { next: new Map() };

  get(list: readonly string[]): V | undefined {
    let node: ListNode<V> | undefined = this.root;
    for (let i = 0; i < list.length && node !== undefined; i++) node = node.next.get(list[i] ?? '');
    return node?.value;
  }

  set(list: readonly string[], value: V): void {
    let node = this.root;
    for (const item of list) {
      let next = node.next.get(item);
      if (next === undefined) {
        next = { next: new Map() };
        node.next.set(item, next);
      }
      node = next;
    }
    node.value = value;
  }
}

interface ListNode<V> {
  next: Map<string, ListNode<V>>;
  value?: V;
}
