import { PageSkeleton } from "@/components/panel/skeletons";

export default function Loading() {
  return <PageSkeleton heading="China–Kazakhstan trade, investment and debt, as each side reports them" cards={4} panels={1} />;
}
