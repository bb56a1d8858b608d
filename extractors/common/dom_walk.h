#pragma once

#include <libxml/tree.h>

namespace ogi {

// Visits `root` and its descendants in document order without recursion: pages nest elements
// arbitrarily deep, so no call stack may grow with the tree. `enter(node)` says whether to visit
// the node's children; `leave(node)` follows each node `enter` accepted, once its children are
// done.
template <typename Enter, typename Leave>
void walk_subtree(const xmlNode* root, Enter&& enter, Leave&& leave) {
  if (root == nullptr) return;
  const xmlNode* node = root;
  while (true) {
    const bool entered = enter(node);
    if (entered && node->children != nullptr) {
      node = node->children;
      continue;
    }
    if (entered) leave(node);
    while (true) {
      if (node == root) return;
      if (node->next != nullptr) {
        node = node->next;
        break;
      }
      node = node->parent;
      leave(node);  // a parent was always entered
    }
  }
}

}  // namespace ogi
