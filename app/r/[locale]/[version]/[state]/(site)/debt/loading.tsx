import { PageSkeleton } from "@/components/panel/skeletons";

export default function Loading() {
  return <PageSkeleton heading="Kazakhstan’s external debt to China" cards={4} panels={1} />;
}
