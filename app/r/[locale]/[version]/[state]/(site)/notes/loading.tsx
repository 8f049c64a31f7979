import { PageSkeleton } from "@/components/panel/skeletons";

export default function Loading() {
  return <PageSkeleton heading="Notes" cards={0} panels={1} />;
}
