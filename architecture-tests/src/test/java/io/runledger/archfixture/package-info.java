/**
 * A miniature Runledger laid out like the real one, for showing that each architecture rule can
 * fail. Classes named {@code Broken…} each break a rule on purpose; everything else obeys
 * every rule, so a rule passes on the fixture without them and fails with any one of them.
 */
package io.runledger.archfixture;
