// An agency site's entry module. Each define import registers one element and
// brings only the code that element needs; Lit is shared with the rest of the
// site's bundle (it is a peer dependency, never bundled twice).
import '@stalking-awareness/widgets/quick-exit/define';
import '@stalking-awareness/widgets/hotline-banner/define';
import '@stalking-awareness/widgets/legal-disclaimer/define';
